/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Drop In</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.DropIn#getPricePerVisit <em>Price Per Visit</em>}</li>
 *   <li>{@link org.perenne.model.DropIn#getVisitsPerMonth <em>Visits Per Month</em>}</li>
 *   <li>{@link org.perenne.model.DropIn#getVisitUnit <em>Visit Unit</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getDropIn()
 * @model
 * @generated
 */
public interface DropIn extends VolumeOffer {
	/**
	 * Returns the value of the '<em><b>Price Per Visit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Price Per Visit</em>' attribute.
	 * @see #setPricePerVisit(double)
	 * @see org.perenne.model.PerennePackage#getDropIn_PricePerVisit()
	 * @model
	 * @generated
	 */
	double getPricePerVisit();

	/**
	 * Sets the value of the '{@link org.perenne.model.DropIn#getPricePerVisit <em>Price Per Visit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price Per Visit</em>' attribute.
	 * @see #getPricePerVisit()
	 * @generated
	 */
	void setPricePerVisit(double value);

	/**
	 * Returns the value of the '<em><b>Visits Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visits Per Month</em>' attribute.
	 * @see #setVisitsPerMonth(double)
	 * @see org.perenne.model.PerennePackage#getDropIn_VisitsPerMonth()
	 * @model
	 * @generated
	 */
	double getVisitsPerMonth();

	/**
	 * Sets the value of the '{@link org.perenne.model.DropIn#getVisitsPerMonth <em>Visits Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visits Per Month</em>' attribute.
	 * @see #getVisitsPerMonth()
	 * @generated
	 */
	void setVisitsPerMonth(double value);

	/**
	 * Returns the value of the '<em><b>Visit Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.VisitUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visit Unit</em>' attribute.
	 * @see org.perenne.model.VisitUnit
	 * @see #setVisitUnit(VisitUnit)
	 * @see org.perenne.model.PerennePackage#getDropIn_VisitUnit()
	 * @model
	 * @generated
	 */
	VisitUnit getVisitUnit();

	/**
	 * Sets the value of the '{@link org.perenne.model.DropIn#getVisitUnit <em>Visit Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit Unit</em>' attribute.
	 * @see org.perenne.model.VisitUnit
	 * @see #getVisitUnit()
	 * @generated
	 */
	void setVisitUnit(VisitUnit value);

} // DropIn
