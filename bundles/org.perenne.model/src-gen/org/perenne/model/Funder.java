/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Funder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Funder#getLevel <em>Level</em>}</li>
 *   <li>{@link org.perenne.model.Funder#getSiren <em>Siren</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getFunder()
 * @model
 * @generated
 */
public interface Funder extends Element {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.FunderLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.perenne.model.FunderLevel
	 * @see #setLevel(FunderLevel)
	 * @see org.perenne.model.PerennePackage#getFunder_Level()
	 * @model
	 * @generated
	 */
	FunderLevel getLevel();

	/**
	 * Sets the value of the '{@link org.perenne.model.Funder#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.perenne.model.FunderLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(FunderLevel value);

	/**
	 * Returns the value of the '<em><b>Siren</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The funder's SIREN (9 digits), optional: a funder's portfolio matches the same funder across places by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Siren</em>' attribute.
	 * @see #setSiren(String)
	 * @see org.perenne.model.PerennePackage#getFunder_Siren()
	 * @model
	 * @generated
	 */
	String getSiren();

	/**
	 * Sets the value of the '{@link org.perenne.model.Funder#getSiren <em>Siren</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Siren</em>' attribute.
	 * @see #getSiren()
	 * @generated
	 */
	void setSiren(String value);

} // Funder
