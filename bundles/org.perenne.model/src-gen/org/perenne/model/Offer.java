/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Offer#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.perenne.model.Offer#isSolidarityPriced <em>Solidarity Priced</em>}</li>
 *   <li>{@link org.perenne.model.Offer#getSolidarityPriceCap <em>Solidarity Price Cap</em>}</li>
 *   <li>{@link org.perenne.model.Offer#getPriceLadder <em>Price Ladder</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getOffer()
 * @model abstract="true"
 * @generated
 */
public interface Offer extends Element, Indexed {
	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.perenne.model.PerennePackage#getOffer_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.perenne.model.Offer#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Solidarity Priced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offered at a solidarity price; its price must stay at or below the cap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solidarity Priced</em>' attribute.
	 * @see #setSolidarityPriced(boolean)
	 * @see org.perenne.model.PerennePackage#getOffer_SolidarityPriced()
	 * @model
	 * @generated
	 */
	boolean isSolidarityPriced();

	/**
	 * Sets the value of the '{@link org.perenne.model.Offer#isSolidarityPriced <em>Solidarity Priced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solidarity Priced</em>' attribute.
	 * @see #isSolidarityPriced()
	 * @generated
	 */
	void setSolidarityPriced(boolean value);

	/**
	 * Returns the value of the '<em><b>Solidarity Price Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Solidarity Price Cap</em>' attribute.
	 * @see #setSolidarityPriceCap(double)
	 * @see org.perenne.model.PerennePackage#getOffer_SolidarityPriceCap()
	 * @model
	 * @generated
	 */
	double getSolidarityPriceCap();

	/**
	 * Sets the value of the '{@link org.perenne.model.Offer#getSolidarityPriceCap <em>Solidarity Price Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solidarity Price Cap</em>' attribute.
	 * @see #getSolidarityPriceCap()
	 * @generated
	 */
	void setSolidarityPriceCap(double value);

	/**
	 * Returns the value of the '<em><b>Price Ladder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Price Ladder</em>' containment reference.
	 * @see #setPriceLadder(PriceLadder)
	 * @see org.perenne.model.PerennePackage#getOffer_PriceLadder()
	 * @model containment="true"
	 * @generated
	 */
	PriceLadder getPriceLadder();

	/**
	 * Sets the value of the '{@link org.perenne.model.Offer#getPriceLadder <em>Price Ladder</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price Ladder</em>' containment reference.
	 * @see #getPriceLadder()
	 * @generated
	 */
	void setPriceLadder(PriceLadder value);

} // Offer
